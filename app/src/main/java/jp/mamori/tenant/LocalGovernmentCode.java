package jp.mamori.tenant;

import java.util.Objects;

/**
 * 全国地方公共団体コード: five digits that name a prefecture or municipality and a sixth, the check digit
 * (check = (11 − (Σ dᵢ·wᵢ mod 11)) mod 10 with weights 6, 5, 4, 3, 2). Immutable; never null inside.
 * Examples: 東京都 130001, 岡山県 330001, 札幌市 011002, 久米南町 336661.
 *
 * @param value the six digits
 */
public record LocalGovernmentCode(String value) {

    private static final int[] WEIGHTS = {6, 5, 4, 3, 2};

    public LocalGovernmentCode {
        Objects.requireNonNull(value, "a local government code is required");
        value = value.strip();
        if (!value.matches("[0-9]{6}")) {
            throw new IllegalArgumentException(
                    "a local government code has exactly six digits (0-9), but was \"" + value + "\"");
        }
        int expected = checkDigit(value.substring(0, 5));
        int actual = value.charAt(5) - '0';
        if (expected != actual) {
            throw new IllegalArgumentException("check digit of local government code " + value + " is " + actual
                    + ", but the first five digits " + value.substring(0, 5) + " require " + expected);
        }
    }

    /** The check digit for the first five digits of a code. */
    public static int checkDigit(String fiveDigits) {
        if (fiveDigits == null || !fiveDigits.matches("[0-9]{5}")) {
            throw new IllegalArgumentException("five digits expected, but was \"" + fiveDigits + "\"");
        }
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (fiveDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return (11 - sum % 11) % 10;
    }

    /** A code from its first five digits, with the check digit computed. */
    public static LocalGovernmentCode withCheckDigit(String fiveDigits) {
        return new LocalGovernmentCode(fiveDigits + checkDigit(fiveDigits));
    }

    /** The two-digit prefecture number (01 北海道 … 47 沖縄県). */
    public String prefecture() {
        return value.substring(0, 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
