import { Hono } from "hono";
import { classroomApi } from "./classroom/api";
import { classroomRoutes } from "./classroom/routes";
import { homeRoutes } from "./home/routes";
import { instructorApi } from "./instructor/api";
import { instructorRoutes } from "./instructor/routes";
import { playRoutes } from "./play/routes";
import { projectorRoutes } from "./projector/routes";

/** What students and teachers use: the home page, the public quiz, classroom sessions and the dashboard. */
export const productRoutes = new Hono<{ Bindings: Env }>();

productRoutes.route("/", homeRoutes);
productRoutes.route("/", playRoutes);
productRoutes.route("/", classroomRoutes);
productRoutes.route("/", classroomApi);
productRoutes.route("/", instructorRoutes);
productRoutes.route("/", instructorApi);
productRoutes.route("/", projectorRoutes);
