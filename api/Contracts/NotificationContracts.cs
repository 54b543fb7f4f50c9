using System.ComponentModel.DataAnnotations;
using Counseling.GrainInterfaces.Notifications;

namespace Counseling.Api.Contracts;

public sealed record InboxResponse(int Unread, Notification[] Items);

public sealed record UnreadResponse(int Unread);

public sealed record MarkReadRequest([property: MaxLength(200, ErrorMessage = "Mark at most 200 notifications at a time.")] Guid[]? Ids);
