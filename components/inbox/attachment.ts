/** What the "Attach by URL" form holds; the composer keeps it while the form is closed. */
export interface AttachmentDraft {
  type: string;
  fileUrl: string;
  thumbUrl: string;
  caption: string;
}

export const EMPTY_ATTACHMENT: AttachmentDraft = { type: "image", fileUrl: "", thumbUrl: "", caption: "" };
