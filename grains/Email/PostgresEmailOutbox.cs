using Npgsql;

namespace Counseling.Grains.Email;

/// <summary>The outbox in PostgreSQL. Due times and leases use the database's clock, the one every silo shares.</summary>
public sealed class PostgresEmailOutbox(NpgsqlDataSource database) : IEmailOutbox
{
    public async Task<bool> EnqueueAsync(OutboxEmail email)
    {
        await using var command = database.CreateCommand("""
            INSERT INTO email_outbox (email_id, dedup_key, kind, recipient, subject, text_body, html_body, created_at, next_attempt_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())
            ON CONFLICT (dedup_key) DO NOTHING
            """);
        foreach (var value in new object[] { email.Id, email.DedupKey, email.Kind, email.Recipient, email.Subject, email.TextBody, email.HtmlBody, email.CreatedAt })
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return await command.ExecuteNonQueryAsync() == 1;
    }

    public async Task<IReadOnlyList<ClaimedEmail>> ClaimDueAsync(int limit, TimeSpan lease)
    {
        await using var command = database.CreateCommand("""
            UPDATE email_outbox SET locked_until = now() + $2
            WHERE email_id IN (
                SELECT email_id FROM email_outbox
                WHERE sent_at IS NULL AND next_attempt_at <= now() AND (locked_until IS NULL OR locked_until < now())
                ORDER BY next_attempt_at
                LIMIT $1
                FOR UPDATE SKIP LOCKED)
            RETURNING email_id, dedup_key, kind, recipient, subject, text_body, html_body, created_at, attempts
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        command.Parameters.Add(new NpgsqlParameter { Value = lease });
        var claimed = new List<ClaimedEmail>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            claimed.Add(new ClaimedEmail(
                new OutboxEmail(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.GetString(5), reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7)),
                reader.GetInt32(8)));
        }

        return claimed;
    }

    public async Task MarkSentAsync(Guid emailId)
    {
        await using var command = database.CreateCommand(
            "UPDATE email_outbox SET sent_at = now(), locked_until = NULL, attempts = attempts + 1, last_error = NULL WHERE email_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = emailId });
        await command.ExecuteNonQueryAsync();
    }

    public async Task MarkFailedAsync(Guid emailId, string error, TimeSpan retryAfter)
    {
        await using var command = database.CreateCommand("""
            UPDATE email_outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = now() + $3, locked_until = NULL
            WHERE email_id = $1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = emailId });
        command.Parameters.Add(new NpgsqlParameter { Value = error.Length > 2000 ? error[..2000] : error });
        command.Parameters.Add(new NpgsqlParameter { Value = retryAfter });
        await command.ExecuteNonQueryAsync();
    }
}
