using System.ComponentModel.DataAnnotations;
using Counseling.GrainInterfaces.Purchases;

namespace Counseling.Api.Contracts;

public sealed record PurchaseRequest(
    [property: Required] string Kind,
    Guid? CounselorId,
    Guid? OfferId,
    [property: MaxLength(40)] string? PlanId);

public sealed record PurchasesResponse(PurchaseSummary[] Purchases, CreditPackage[] Credits, MembershipView Membership);

public sealed record PauseRequest([property: Range(1, 7)] int Days);
