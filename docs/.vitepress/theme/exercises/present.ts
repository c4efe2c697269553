/** Where the facilitator view leaves a draft for presenter mode to open with, in this tab only. */
export const PRESENT_DRAFT_KEY = 'kindling:exercises:present-draft';
