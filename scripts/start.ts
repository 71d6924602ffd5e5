import { launch } from "./launch";

launch("start");
