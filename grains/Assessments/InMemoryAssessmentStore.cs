using Counseling.GrainInterfaces.Assessments;

namespace Counseling.Grains.Assessments;

/// <summary>For the no-database profile only: responses live as long as the silo process.</summary>
public sealed class InMemoryAssessmentStore : IAssessmentStore
{
    private readonly List<(AssessmentResponse Response, string? Key)> _rows = [];

    public Task<AssessmentResponse> AppendAsync(AssessmentResponse response, string? idempotencyKey)
    {
        lock (_rows)
        {
            if (idempotencyKey is not null && _rows.Find(r => r.Response.ClientId == response.ClientId && r.Key == idempotencyKey) is { Response: { } first })
            {
                return Task.FromResult(first);
            }

            _rows.Add((response, idempotencyKey));
            return Task.FromResult(response);
        }
    }

    public Task<AssessmentResponse?> FindByKeyAsync(Guid clientId, string idempotencyKey)
    {
        lock (_rows)
        {
            return Task.FromResult<AssessmentResponse?>(_rows.Find(r => r.Response.ClientId == clientId && r.Key == idempotencyKey).Response);
        }
    }

    public Task<AssessmentResponse?> FindAsync(Guid clientId, Guid responseId)
    {
        lock (_rows)
        {
            return Task.FromResult<AssessmentResponse?>(_rows.Find(r => r.Response.ClientId == clientId && r.Response.Id == responseId).Response);
        }
    }

    public Task<Guid?> ClientOfAsync(Guid responseId)
    {
        lock (_rows)
        {
            return Task.FromResult(_rows.Find(r => r.Response.Id == responseId).Response?.ClientId);
        }
    }

    public Task<AssessmentResponse[]> HistoryAsync(Guid clientId, string? instrument, int limit)
    {
        lock (_rows)
        {
            return Task.FromResult(_rows.Select(r => r.Response)
                .Where(r => r.ClientId == clientId && (instrument is null || r.Instrument == instrument))
                .OrderByDescending(r => r.SubmittedAt).Take(limit).ToArray());
        }
    }
}
