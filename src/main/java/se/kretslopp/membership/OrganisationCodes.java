package se.kretslopp.membership;

import java.text.Normalizer;
import java.util.Locale;

/** Organisation codes derived from names: "Kalmar Rivning & Demontage AB" becomes {@code kalmar-rivning-demontage-ab}. */
final class OrganisationCodes {

    /** Room for a suffix ("-12") within the 63 characters of a code. */
    static final int MAX_BASE = 59;

    private OrganisationCodes() {
    }

    /** A code of a–z, 0–9 and hyphens, 2 to {@value #MAX_BASE} long; {@code org} when the name gives too little. */
    static String fromName(String name) {
        String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("æ", "ae").replace("ø", "o").replace("ß", "ss");
        String code = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (code.length() > MAX_BASE) {
            code = code.substring(0, MAX_BASE).replaceAll("-+$", "");
        }
        return code.length() < 2 ? "org" + (code.isEmpty() ? "" : "-" + code) : code;
    }

    /** The n-th candidate: the code itself first, then code-2, code-3, ... */
    static String candidate(String base, int n) {
        return n <= 1 ? base : base + "-" + n;
    }
}
