/**
 * Same-story clustering: {@link io.newsaggregator.analysis.story.IncrementalStoryClusterer} groups
 * pre-analysed articles ({@link io.newsaggregator.analysis.story.StoryDocument}) into stories as
 * they arrive, with state that exports to and restores from plain records.
 */
package io.newsaggregator.analysis.story;
