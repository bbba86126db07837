package jp.mamori.trail;

/**
 * One row of the viewer: the entry with its action in words and its object by name.
 *
 * @param action the action's label in the reader's language (the code when a label is missing)
 * @param object the object's name and page, or null when no module knows it (any more)
 */
record TrailLine(TrailRow row, String action, TrailObjectNames.ObjectLink object) {
}
