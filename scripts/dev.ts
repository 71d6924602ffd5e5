import { launch } from "./launch";

launch("dev");
