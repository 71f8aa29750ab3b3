package io.github.dpasemantics.model.event;

/**
 * How Segment gave notice of a new Third Party Subprocessor (6.3): "by updating the Subprocessor
 * Page and via a message through Customer's Segment Workspace", or otherwise in writing.
 */
public enum NoticeChannel {
  /** An update of the Subprocessor Page (6.2, 6.3). */
  SUBPROCESSOR_PAGE_UPDATE,
  /** A message through Customer's Segment Workspace (6.3). */
  WORKSPACE_MESSAGE,
  /** Any other written notice (the text says notice "may be given" by the two channels above). */
  OTHER_WRITTEN
}
