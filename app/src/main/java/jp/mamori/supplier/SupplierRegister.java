package jp.mamori.supplier;

import java.util.Arrays;
import java.util.List;

/**
 * The four registers of the module as they are listed, searched and exported: one path segment and one message
 * prefix each. The same rows feed the page and the CSV/XLSX export, so the two never disagree.
 */
enum SupplierRegister {
    CONTRACTORS("contractors", "Contractor"),
    CONTRACTS("contracts", "Contract"),
    CLOUD("cloud", "CloudService"),
    SOCIAL("social", "SocialAccount");

    private final String path;
    private final String objectType;

    SupplierRegister(String path, String objectType) {
        this.path = path;
        this.objectType = objectType;
    }

    String path() {
        return path;
    }

    /** The trail's and the findings' name for the register's objects. */
    String objectType() {
        return objectType;
    }

    static SupplierRegister of(String path) {
        return Arrays.stream(values()).filter(r -> r.path.equals(path)).findFirst()
                .orElseThrow(() -> new SupplierNotFound("register " + path));
    }

    /** One listed object: where its page is, its cells in the order of the headers, and its open findings. */
    record Row(String href, List<String> cells, int findings) {
        Row {
            cells = List.copyOf(cells);
        }

        boolean matches(String q) {
            return q == null || q.isBlank() || cells.stream().anyMatch(c -> c.contains(q.strip()));
        }
    }
}
