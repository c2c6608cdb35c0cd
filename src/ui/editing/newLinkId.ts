import type { LinkId } from "../../core/index.ts";
import { linkIdOf } from "../../core/index.ts";

let linkCounter = 0;

/** An id for a link made on this device: from the time and a counter, so two made in one moment differ. */
export const newLinkId = (): LinkId => linkIdOf(`me-${Date.now().toString(36)}-${++linkCounter}`);
