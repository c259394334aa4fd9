package org.govgraph.db;

import org.apache.lucene.analysis.Analyzer;
import org.neo4j.graphdb.schema.AnalyzerProvider;

/**
 * Makes {@link VietnameseFoldingAnalyzer} available to full-text indexes as
 * {@code indexConfig: {`fulltext.analyzer`: 'vietnamese-folding'}}. Found by Neo4j through
 * META-INF/services/org.neo4j.graphdb.schema.AnalyzerProvider.
 */
public final class VietnameseFoldingAnalyzerProvider extends AnalyzerProvider {
    public static final String NAME = "vietnamese-folding";

    public VietnameseFoldingAnalyzerProvider() {
        super(NAME);
    }

    @Override
    public Analyzer createAnalyzer() {
        return new VietnameseFoldingAnalyzer();
    }

    @Override
    public String description() {
        return "Vietnamese: Unicode word boundaries, lower case, diacritics folded (including đ to d), no stop words.";
    }
}
