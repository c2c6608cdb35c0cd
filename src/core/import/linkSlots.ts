/**
 * Where each link field sits in a link's values (LINK_SLOTS order), and the fields the network's
 * link columns are made from, read out of those values by type (see slotValues.ts).
 */
import { LINK_SLOTS } from "../model/canonical.ts";
import type { LinkColumnSource } from "../model/network.ts";
import {
  boolIn,
  formalityIn,
  frequencyIn,
  isoDateIn,
  linkRoleIn,
  numberIn,
  originIn,
  statusIn,
  styleIn,
  supportTypesIn,
  willingnessIn,
} from "../model/slotValues.ts";
import type { SupportType } from "../model/supportTypes.ts";

const slot = (name: string) => LINK_SLOTS.indexOf(name);
export const FROM_SLOT = slot("from_id");
export const TO_SLOT = slot("to_id");
export const TYPES_SLOT = slot("support_types");
export const OTHER_TYPES_SLOT = slot("other_types");
export const ROLE_SLOT = slot("link_role");

const NO_TYPES: readonly SupportType[] = [];

/**
 * A link's values (in slot order) seen as the fields its columns are made from, each read by its
 * type as setLinkColumns asks for it: one view per import, pointed at each link's values in turn.
 * The slots not named above are written as numbers, in LINK_SLOTS order, as linkFromSlots reads them.
 */
export class ColumnSourceView implements LinkColumnSource {
  values: readonly unknown[] = [];
  get support_types() {
    return supportTypesIn(this.values[TYPES_SLOT]) ?? NO_TYPES;
  }
  get assesses() {
    return boolIn(this.values[5]);
  }
  get formality() {
    return formalityIn(this.values[6]);
  }
  get origin() {
    return originIn(this.values[7]);
  }
  get frequency() {
    return frequencyIn(this.values[8]);
  }
  get minutes_per_month() {
    return numberIn(this.values[9]);
  }
  get started_on() {
    return isoDateIn(this.values[10]);
  }
  get last_contact() {
    return isoDateIn(this.values[11]);
  }
  get status() {
    return statusIn(this.values[12]);
  }
  get link_role() {
    return linkRoleIn(this.values[ROLE_SLOT]);
  }
  get willingness() {
    return willingnessIn(this.values[17]);
  }
  get ends_on() {
    return isoDateIn(this.values[18]);
  }
  get trust() {
    return numberIn(this.values[19]);
  }
  get similarity() {
    return numberIn(this.values[20]);
  }
  get style() {
    return styleIn(this.values[22]);
  }

  /** This view of `values`. */
  of(values: readonly unknown[]): this {
    this.values = values;
    return this;
  }
}
