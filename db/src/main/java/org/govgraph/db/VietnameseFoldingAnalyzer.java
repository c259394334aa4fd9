package org.govgraph.db;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Unicode word boundaries, lower case, Vietnamese diacritics folded away (đ becomes d), and no stop words.
 *
 * <p>Folding lets a user type without tone marks ("nghi dinh" finds "Nghị định") and makes the two tone placements
 * in use ("Thuỵ" and "Thụy") the same term. Stop words are kept because English stop lists would drop real
 * Vietnamese words once folded: "to" (tổ), "the" (thể), "a", "no".
 */
public final class VietnameseFoldingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, fold(source));
    }

    /** Used for the terms of wildcard, prefix and fuzzy queries, which are not tokenized. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return fold(in);
    }

    private static TokenStream fold(TokenStream in) {
        return new ASCIIFoldingFilter(new CombiningMarkFilter(new LowerCaseFilter(in)));
    }
}
