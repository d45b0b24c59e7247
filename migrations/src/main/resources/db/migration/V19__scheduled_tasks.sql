-- The task table of db-scheduler, the engine that runs the worker fleet (news-app worker): one row
-- per scheduled task instance (a source's next poll, a portal's frontier drain, the analyse run).
-- Columns and indexes are db-scheduler's own PostgreSQL DDL; only the names carry our schema and
-- prefix, and the scheduler is told the table name. Workers pick due rows with
-- FOR UPDATE SKIP LOCKED and keep last_heartbeat fresh while they execute; a row whose heartbeat
-- stops is taken for dead and run again by another worker.
CREATE TABLE ${schema}.${prefix}scheduled_tasks (
    task_name            text                     NOT NULL,
    task_instance        text                     NOT NULL,
    task_data            bytea,
    execution_time       timestamp with time zone NOT NULL,
    picked               boolean                  NOT NULL,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp with time zone,
    version              bigint                   NOT NULL,
    priority             smallint,
    CONSTRAINT ${prefix}scheduled_tasks_pk PRIMARY KEY (task_name, task_instance)
);

CREATE INDEX ${prefix}scheduled_tasks_execution_time_ix ON ${schema}.${prefix}scheduled_tasks (execution_time);
CREATE INDEX ${prefix}scheduled_tasks_last_heartbeat_ix ON ${schema}.${prefix}scheduled_tasks (last_heartbeat);
CREATE INDEX ${prefix}scheduled_tasks_priority_execution_time_ix
    ON ${schema}.${prefix}scheduled_tasks (priority DESC, execution_time ASC);
