import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { AnnounceProvider } from "./announce/AnnounceProvider.tsx";
import { registerServiceWorker } from "./serviceWorker.ts";
import "./styles.css";
import "./styles-touch.css";
import "./styles-scroll-hint.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <AnnounceProvider>
      <App />
    </AnnounceProvider>
  </StrictMode>,
);

registerServiceWorker();
