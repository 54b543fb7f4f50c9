namespace Counseling.Grains.Sessions;

/// <summary>
/// The sequence numbers of the latest client message ids this activation stored, so that most resends are answered
/// from memory. Bounded: older ids are looked up in the transcript when it matters.
/// </summary>
public sealed class RecentMessageIds(int capacity = 1000)
{
    private readonly Dictionary<string, long> _sequences = [];
    private readonly Queue<string> _order = new();

    public bool TryGet(string clientMessageId, out long sequence) => _sequences.TryGetValue(clientMessageId, out sequence);

    public void Remember(string clientMessageId, long sequence)
    {
        if (_sequences.TryAdd(clientMessageId, sequence))
        {
            _order.Enqueue(clientMessageId);
            if (_order.Count > capacity)
            {
                _sequences.Remove(_order.Dequeue());
            }
        }
    }
}
