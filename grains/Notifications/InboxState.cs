using Counseling.GrainInterfaces.Notifications;

namespace Counseling.Grains.Notifications;

[GenerateSerializer, Alias("Counseling.InboxState")]
public sealed record InboxState
{
    /// <summary>Newest first, at most <see cref="InboxGrain.Capacity"/>.</summary>
    [Id(0)] public List<Notification> Items { get; set; } = [];
}
