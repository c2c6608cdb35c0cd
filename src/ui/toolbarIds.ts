/** The toolbar's Data button, where focus returns when the import panel is closed with Escape. */
export const DATA_MENU_ID = "data-menu-button";
