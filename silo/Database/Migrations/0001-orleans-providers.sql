-- Tables and query texts for the Orleans ADO.NET providers (clustering, grain storage, reminders).
--
-- The providers ship no SQL: each reads the text of its queries from orleansquery by key and runs it with
-- named parameters (@DeploymentId, @GrainIdN0, ...). Each text below meets that provider's contract: the
-- parameters it is given, the columns it reads back by name, and what a result means. See
-- docs/adr/0002-schema-and-migrations.md for the contract and the reasons behind the shapes chosen here.

CREATE TABLE orleansquery (
    querykey  varchar(64) PRIMARY KEY,
    querytext text        NOT NULL
);

-- Membership ----------------------------------------------------------------------------------------------
-- One version row per cluster (the providers call the cluster id "DeploymentId"). Every membership change
-- checks and bumps it in the same statement, which is what makes concurrent silos agree on the table.
CREATE TABLE orleans_membership_version (
    deployment_id text        PRIMARY KEY,
    version       integer     NOT NULL DEFAULT 0,
    changed_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orleans_membership (
    deployment_id   text        NOT NULL REFERENCES orleans_membership_version (deployment_id) ON DELETE CASCADE,
    address         text        NOT NULL,
    port            integer     NOT NULL,
    generation      integer     NOT NULL,
    silo_name       text        NOT NULL,
    host_name       text        NOT NULL,
    status          integer     NOT NULL,
    proxy_port      integer     NOT NULL,
    suspect_times   text        NULL,
    start_time      timestamptz NOT NULL,
    i_am_alive_time timestamptz NOT NULL,
    PRIMARY KEY (deployment_id, address, port, generation)
);

-- Grain state ----------------------------------------------------------------------------------------------
-- Keyed by what the storage provider sends: service id, state name ("GrainTypeString"), the two 64-bit halves
-- of the grain id and its string part. A missing string part is stored as '' so that one plain unique index
-- serves reads, optimistic updates and first inserts.
CREATE TABLE orleans_storage (
    service_id         text        NOT NULL,
    grain_type         text        NOT NULL,
    grain_id_n0        bigint      NOT NULL,
    grain_id_n1        bigint      NOT NULL,
    grain_id_extension text        NOT NULL,
    payload            bytea       NULL,      -- NULL once cleared; the row stays so its version keeps counting
    version            integer     NOT NULL,
    modified_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT orleans_storage_key PRIMARY KEY (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension)
);

-- Reminders ------------------------------------------------------------------------------------------------
CREATE TABLE orleans_reminders (
    service_id    text        NOT NULL,
    grain_id      text        NOT NULL,
    reminder_name text        NOT NULL,
    start_time    timestamptz NOT NULL,
    period        bigint      NOT NULL,  -- milliseconds
    grain_hash    integer     NOT NULL,  -- signed form of the grain's ring position
    version       integer     NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);
CREATE INDEX orleans_reminders_ring ON orleans_reminders (service_id, grain_hash);

-- Query texts ----------------------------------------------------------------------------------------------
INSERT INTO orleansquery (querykey, querytext) VALUES

-- Creates the cluster's version row once; one boolean-like column: 1 when it was created now.
('InsertMembershipVersionKey', $q$
WITH created AS (
    INSERT INTO orleans_membership_version (deployment_id) VALUES (@DeploymentId)
    ON CONFLICT (deployment_id) DO NOTHING
    RETURNING 1)
SELECT count(*) FROM created
$q$),

-- Adds a silo if the caller saw the current table version and the silo is not there yet. The version row is
-- locked by the UPDATE, so concurrent writers queue up and all but the first see a changed version.
('InsertMembershipKey', $q$
WITH bumped AS (
    UPDATE orleans_membership_version
       SET version = version + 1, changed_at = now()
     WHERE deployment_id = @DeploymentId
       AND version = @Version
       AND NOT EXISTS (SELECT 1 FROM orleans_membership
                        WHERE deployment_id = @DeploymentId AND address = @Address
                          AND port = @Port AND generation = @Generation)
    RETURNING deployment_id),
added AS (
    INSERT INTO orleans_membership (deployment_id, address, port, generation, silo_name, host_name,
                                    status, proxy_port, start_time, i_am_alive_time)
    SELECT deployment_id, @Address, @Port, @Generation, @SiloName, @HostName,
           @Status, @ProxyPort, @StartTime, @IAmAliveTime
      FROM bumped
    RETURNING 1)
SELECT count(*) FROM added
$q$),

-- Changes a silo's status and suspicions under the same version check.
('UpdateMembershipKey', $q$
WITH bumped AS (
    UPDATE orleans_membership_version
       SET version = version + 1, changed_at = now()
     WHERE deployment_id = @DeploymentId
       AND version = @Version
       AND EXISTS (SELECT 1 FROM orleans_membership
                    WHERE deployment_id = @DeploymentId AND address = @Address
                      AND port = @Port AND generation = @Generation)
    RETURNING deployment_id),
changed AS (
    UPDATE orleans_membership m
       SET status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
      FROM bumped
     WHERE m.deployment_id = bumped.deployment_id AND m.address = @Address
       AND m.port = @Port AND m.generation = @Generation
    RETURNING 1)
SELECT count(*) FROM changed
$q$),

-- Heartbeat: no version change, and time never moves backwards.
('UpdateIAmAlivetimeKey', $q$
UPDATE orleans_membership
   SET i_am_alive_time = GREATEST(i_am_alive_time, @IAmAliveTime)
 WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation
$q$),

-- Reads always return the version row, joined to the member row(s) if any.
('MembershipReadRowKey', $q$
SELECT v.version AS "Version", m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
       m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status", m.proxy_port AS "ProxyPort",
       m.suspect_times AS "SuspectTimes", m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
  FROM orleans_membership_version v
  LEFT JOIN orleans_membership m
    ON m.deployment_id = v.deployment_id AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
 WHERE v.deployment_id = @DeploymentId
$q$),

('MembershipReadAllKey', $q$
SELECT v.version AS "Version", m.address AS "Address", m.port AS "Port", m.generation AS "Generation",
       m.silo_name AS "SiloName", m.host_name AS "HostName", m.status AS "Status", m.proxy_port AS "ProxyPort",
       m.suspect_times AS "SuspectTimes", m.start_time AS "StartTime", m.i_am_alive_time AS "IAmAliveTime"
  FROM orleans_membership_version v
  LEFT JOIN orleans_membership m ON m.deployment_id = v.deployment_id
 WHERE v.deployment_id = @DeploymentId
$q$),

-- What clients connect to: active silos that run a gateway.
('GatewaysQueryKey', $q$
SELECT address AS "Address", proxy_port AS "ProxyPort", generation AS "Generation"
  FROM orleans_membership
 WHERE deployment_id = @DeploymentId AND status = @Status AND proxy_port > 0
$q$),

('DeleteMembershipTableEntriesKey', $q$
DELETE FROM orleans_membership_version WHERE deployment_id = @DeploymentId
$q$),

-- Removes silos that are dead (status 6) and silent since before the cutoff.
('CleanupDefunctSiloEntriesKey', $q$
DELETE FROM orleans_membership
 WHERE deployment_id = @DeploymentId AND status = 6 AND i_am_alive_time < @IAmAliveTime
$q$),

('ReadFromStorageKey', $q$
SELECT payload AS "PayloadBinary", version AS "Version"
  FROM orleans_storage
 WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
   AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
   AND grain_id_extension = coalesce(@GrainIdExtensionString, '')
$q$),

-- Optimistic write. With a version: update only that version. Without one (never stored): insert only if no
-- row exists. Returns the new version, or no row on a conflict, which the provider turns into
-- InconsistentStateException.
('WriteToStorageKey', $q$
WITH updated AS (
    UPDATE orleans_storage
       SET payload = @PayloadBinary, version = version + 1, modified_at = now()
     WHERE @GrainStateVersion IS NOT NULL
       AND service_id = @ServiceId AND grain_type = @GrainTypeString
       AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
       AND grain_id_extension = coalesce(@GrainIdExtensionString, '')
       AND version = @GrainStateVersion
    RETURNING version),
inserted AS (
    INSERT INTO orleans_storage (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension, payload, version)
    SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, coalesce(@GrainIdExtensionString, ''), @PayloadBinary, 1
     WHERE @GrainStateVersion IS NULL
    ON CONFLICT ON CONSTRAINT orleans_storage_key DO NOTHING
    RETURNING version)
SELECT version AS "NewGrainStateVersion" FROM updated
UNION ALL
SELECT version FROM inserted
$q$),

-- Clearing keeps the row (payload NULL) and bumps the version, so a stale writer still conflicts.
('ClearStorageKey', $q$
UPDATE orleans_storage
   SET payload = NULL, version = version + 1, modified_at = now()
 WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
   AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
   AND grain_id_extension = coalesce(@GrainIdExtensionString, '')
   AND version = @GrainStateVersion
RETURNING version
$q$),

-- Used only by providers configured with DeleteStateOnClear.
('DeleteStorageKey', $q$
DELETE FROM orleans_storage
 WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
   AND grain_id_n0 = @GrainIdN0 AND grain_id_n1 = @GrainIdN1
   AND grain_id_extension = coalesce(@GrainIdExtensionString, '')
   AND version = @GrainStateVersion
RETURNING version + 1
$q$),

-- The period arrives as int or bigint depending on its size; the cast makes both land the same way.
('UpsertReminderRowKey', $q$
INSERT INTO orleans_reminders (service_id, grain_id, reminder_name, start_time, period, grain_hash, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @StartTime, CAST(@Period AS bigint), @GrainHash, 0)
ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE
   SET start_time = EXCLUDED.start_time, period = EXCLUDED.period, grain_hash = EXCLUDED.grain_hash,
       version = orleans_reminders.version + 1
RETURNING version AS "Version"
$q$),

('ReadReminderRowsKey', $q$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period AS "Period", version AS "Version"
  FROM orleans_reminders
 WHERE service_id = @ServiceId AND grain_id = @GrainId
$q$),

('ReadReminderRowKey', $q$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period AS "Period", version AS "Version"
  FROM orleans_reminders
 WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName
$q$),

-- A range of the hash ring that does not wrap around (in signed order) ...
('ReadRangeRows1Key', $q$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period AS "Period", version AS "Version"
  FROM orleans_reminders
 WHERE service_id = @ServiceId AND grain_hash > @BeginHash AND grain_hash <= @EndHash
$q$),

-- ... and one that does (or the whole ring, when begin = end).
('ReadRangeRows2Key', $q$
SELECT grain_id AS "GrainId", reminder_name AS "ReminderName", start_time AS "StartTime",
       period AS "Period", version AS "Version"
  FROM orleans_reminders
 WHERE service_id = @ServiceId AND (grain_hash > @BeginHash OR grain_hash <= @EndHash)
$q$),

-- One boolean column: whether the row with that version was deleted.
('DeleteReminderRowKey', $q$
WITH deleted AS (
    DELETE FROM orleans_reminders
     WHERE service_id = @ServiceId AND grain_id = @GrainId AND reminder_name = @ReminderName
       AND version = @Version
    RETURNING 1)
SELECT count(*) > 0 FROM deleted
$q$),

('DeleteReminderRowsKey', $q$
DELETE FROM orleans_reminders WHERE service_id = @ServiceId
$q$);
