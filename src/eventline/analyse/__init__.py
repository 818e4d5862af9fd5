"""The analysis stage: one parsed article in, one `ArticleAnalysis` out."""
