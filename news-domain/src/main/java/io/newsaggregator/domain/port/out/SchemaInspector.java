package io.newsaggregator.domain.port.out;

import io.newsaggregator.domain.port.in.DatabaseDescription.SchemaState;

/** Reads which schema versions are applied and which are pending. */
public interface SchemaInspector {
    SchemaState inspect();
}
