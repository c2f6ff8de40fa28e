// The single-page app: signs in, then shows the screens of the user's role.
//   operator            -> /agent   (agent desktop)
//   supervisor, admin,
//   auditor             -> /floor   (supervisor floor; supervisors may also use /agent)
//   client              -> /portal  (client portal)
// Routes are real paths (the server answers index.html for them), kept with the History API.
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { api, ApiError, setCsrfToken, type Session, type User } from "./api.ts";
import { localeNames, locale, setLocale, t } from "./i18n.ts";
import type { Locale } from "./format.ts";
import { SignIn } from "./pages/SignIn.tsx";
import { AgentDesktop } from "./pages/AgentDesktop.tsx";
import { Floor } from "./pages/Floor.tsx";
import { Portal } from "./pages/Portal.tsx";
import { navigate } from "./router.ts";
import "./style.css";

function homeOf(user: User): string {
  if (user.role === "operator") return "/agent";
  if (user.role === "client") return "/portal";
  return "/floor";
}

function screensOf(user: User): { path: string; key: "nav.agent" | "nav.floor" | "nav.portal" }[] {
  switch (user.role) {
    case "operator":
      return [{ path: "/agent", key: "nav.agent" }];
    case "supervisor":
      return [
        { path: "/floor", key: "nav.floor" },
        { path: "/agent", key: "nav.agent" },
      ];
    case "client":
      return [{ path: "/portal", key: "nav.portal" }];
    default:
      return [{ path: "/floor", key: "nav.floor" }];
  }
}


function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const onPop = () => setPath(location.pathname);
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  }, []);
  return path;
}

function LanguageSwitcher(props: { onChange: (l: Locale) => void }) {
  return (
    <label class="language">
      <span class="sr-only">{t("common.language")}</span>
      <select
        aria-label={t("common.language")}
        value={locale()}
        onChange={(e) => props.onChange((e.target as HTMLSelectElement).value as Locale)}
      >
        {(Object.keys(localeNames) as Locale[]).map((l) => (
          <option value={l}>{localeNames[l]}</option>
        ))}
      </select>
    </label>
  );
}

function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [, setLang] = useState(locale());
  const path = usePath();

  useEffect(() => {
    document.documentElement.lang = locale();
    api
      .get<Session>("/api/session")
      .then((s) => {
        setCsrfToken(s.csrf_token);
        setSession(s);
      })
      .catch(() => setSession(null));
  }, []);

  const changeLocale = (l: Locale) => {
    setLocale(l);
    setLang(l);
  };

  const signedIn = (s: Session) => {
    setCsrfToken(s.csrf_token);
    setSession(s);
    navigate(homeOf(s.user));
  };

  const signOut = async () => {
    try {
      await api.del("/api/session");
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    }
    setCsrfToken("");
    setSession(null);
    navigate("/");
  };

  if (session === undefined) return <p class="muted">{t("common.loading")}</p>;
  if (session === null) {
    return (
      <div class="signin-page">
        <LanguageSwitcher onChange={changeLocale} />
        <SignIn onSignedIn={signedIn} />
      </div>
    );
  }

  const screens = screensOf(session.user);
  const current = screens.find((s) => path.startsWith(s.path)) ?? screens[0];
  const user = session.user;
  return (
    <div class="app" data-locale={locale()}>
      <header class="topbar">
        <strong class="brand">duecall</strong>
        <nav>
          {screens.map((s) => (
            <a
              href={s.path}
              class={s === current ? "active" : ""}
              onClick={(e) => {
                e.preventDefault();
                navigate(s.path);
              }}
            >
              {t(s.key)}
            </a>
          ))}
        </nav>
        <span class="who">
          {user.name} · {t(`role.${user.role}` as "role.operator")}
          {user.client ? ` · ${user.client}` : ""}
        </span>
        <LanguageSwitcher onChange={changeLocale} />
        <button type="button" onClick={signOut}>
          {t("common.signOut")}
        </button>
      </header>
      <main>
        {current.path === "/agent" && <AgentDesktop user={user} />}
        {current.path === "/floor" && <Floor user={user} />}
        {current.path === "/portal" && <Portal user={user} path={path} />}
      </main>
    </div>
  );
}

render(<App />, document.getElementById("app")!);
