package jp.mamori.inspection;

import java.util.UUID;

/**
 * One question of a question set: its chapter of the catalogue (or {@code OWN} for the tenant's own), the measure it
 * comes from when it does, and the text in plain words. Immutable.
 */
record Question(UUID id, int position, String chapter, String measureId, String text) {
}
