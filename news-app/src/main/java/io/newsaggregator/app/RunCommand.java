package io.newsaggregator.app;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code run}: the single-process loop of whole ingest runs, retired in favour of {@code worker}
 * (every source on its own schedule, any number of processes) and one-shot {@code ingest} from
 * cron. The name stays so that an old unit file or crontab gets told what to run instead, whatever
 * flags it passes, rather than an "unknown command".
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Retired: use 'worker' to poll every source on its own schedule until stopped,",
                "or 'ingest' (then 'analyse' and 'report') from cron."})
final class RunCommand implements Callable<Integer> {
    static final String RETIRED = "'run' is retired: use 'news-app worker' to poll every source on its own schedule until stopped "
            + "(see docs/operations.md), or 'news-app ingest' (then 'analyse' and 'report') from cron";

    /** Whatever an old command line passes; none of it is used. */
    @Unmatched
    List<String> given;

    @Override
    public Integer call() {
        throw new UsageException(RETIRED);
    }
}
