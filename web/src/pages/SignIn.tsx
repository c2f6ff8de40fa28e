// The sign-in form: POST /api/session with login and password; a refused sign-in and the
// throttle (429) are said in words, never which of login or password was wrong.
import { useState } from "preact/hooks";
import { api, ApiError, type Session } from "../api.ts";
import { t } from "../i18n.ts";

export function SignIn(props: { onSignedIn: (session: Session) => void }) {
  const [login, setLogin] = useState("");
  const [password, setPassword] = useState("");
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setMessage("");
    try {
      props.onSignedIn(await api.post<Session>("/api/session", { login, password }));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setMessage(t("signin.refused"));
      else if (error instanceof ApiError && error.status === 429) setMessage(t("signin.throttled"));
      else setMessage(t("common.failed"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="signin" onSubmit={submit}>
      <h1>duecall</h1>
      <label>
        {t("signin.login")}
        <input name="login" autoComplete="username" value={login} required
          onInput={(e) => setLogin((e.target as HTMLInputElement).value)} />
      </label>
      <label>
        {t("signin.password")}
        <input name="password" type="password" autoComplete="current-password" value={password} required
          onInput={(e) => setPassword((e.target as HTMLInputElement).value)} />
      </label>
      {message && <p class="error" role="alert">{message}</p>}
      <button type="submit" disabled={busy}>{t("signin.submit")}</button>
    </form>
  );
}
