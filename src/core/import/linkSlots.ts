/** Where each link field sits in a link's values (LINK_SLOTS order), as the link store reads them. */
export { FROM_SLOT, OTHER_TYPES_SLOT, ROLE_SLOT, TO_SLOT, TYPES_SLOT } from "../model/linkStore.ts";
