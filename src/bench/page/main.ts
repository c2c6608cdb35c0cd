/** The bench page's entry: the listener first, then the app itself, unchanged. */
import "./listen.ts";
import "../../ui/main.tsx";
