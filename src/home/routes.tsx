import { createRouter } from "../http/app";
import { HomePage } from "./views";

/** The home page. */
export const homeRoutes = createRouter();

homeRoutes.get("/", (c) => c.html(<HomePage />));
