/**
 * The id of the toggle «Last ned figuren», which the element draws under the diagram: the choices
 * are labelled by it and give focus back to it.
 */
export const EXPORT_BUTTON_ID = 'export-button';
