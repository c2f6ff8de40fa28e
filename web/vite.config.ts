import { defineConfig } from "vite";
import preact from "@preact/preset-vite";

// `npm run dev` proxies the API to a running `duecall serve` (DUECALL_URL, default :8080).
export default defineConfig({
  plugins: [preact()],
  build: { outDir: "dist", assetsDir: "assets", sourcemap: false },
  server: {
    proxy: {
      "/api": { target: process.env.DUECALL_URL ?? "http://127.0.0.1:8080", ws: true },
    },
  },
});
