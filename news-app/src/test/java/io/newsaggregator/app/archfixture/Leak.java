package io.newsaggregator.app.archfixture;

/** An internal type made public by mistake: the surface rule must name it. */
public final class Leak {
}
