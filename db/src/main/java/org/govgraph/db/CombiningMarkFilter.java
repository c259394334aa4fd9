package org.govgraph.db;

import java.io.IOException;
import java.text.Normalizer;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes combining diacritical marks from each term.
 *
 * <p>ASCIIFoldingFilter folds precomposed letters (ụ, ỵ, ồ) but passes combining marks through, and Vietnamese text
 * often arrives decomposed (NFD): copied out of PDFs, or typed with an input method in "combining" mode. Without
 * this filter "Thu\u0323y" and "Thụy" would be different terms.
 */
final class CombiningMarkFilter extends TokenFilter {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    CombiningMarkFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!isAscii(term)) {
            String decomposed = Normalizer.normalize(term, Normalizer.Form.NFD);
            term.setEmpty().append(MARKS.matcher(decomposed).replaceAll(""));
        }
        return true;
    }

    private static boolean isAscii(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
