-- Which server (cluster node) runs each batch execution, and whether that node still lives: the batch
-- administration calls an execution crashed when its node died or restarted, not when it was merely created
-- before the node looking at it started (wrong as soon as two nodes share the job repository).

-- One row per node (jboss.node.name): when its JVM started, and its last heartbeat (the database's clock, the one
-- clock all nodes share).
CREATE TABLE batch_node (
    node_name  VARCHAR(100) PRIMARY KEY,
    started_at TIMESTAMP    NOT NULL,
    seen_at    TIMESTAMP    NOT NULL
);

-- The node that started (or restarted) a JBeret job execution, and that node's JVM start at the time.
CREATE TABLE batch_execution_node (
    execution_id    BIGINT       PRIMARY KEY,
    node_name       VARCHAR(100) NOT NULL,
    node_started_at TIMESTAMP    NOT NULL
);
