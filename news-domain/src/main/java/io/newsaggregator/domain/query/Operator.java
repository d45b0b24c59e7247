package io.newsaggregator.domain.query;

/** Comparison operators of a {@link Condition.Comparison}. */
public enum Operator {
    EQ, NE, LT, LE, GT, GE
}
