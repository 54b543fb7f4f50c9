using System.ComponentModel.DataAnnotations;
using Counseling.GrainInterfaces.Purchases;

namespace Counseling.Api.Contracts;

public sealed record PurchaseRequest(
    [property: Required(ErrorMessage = "Say what you are buying: a package, content or a membership.")] string Kind,
    Guid? CounselorId,
    Guid? OfferId,
    [property: MaxLength(40, ErrorMessage = "Choose a plan from the list.")] string? PlanId);

public sealed record PurchasesResponse(PurchaseSummary[] Purchases, CreditPackage[] Credits, MembershipView Membership);

public sealed record PauseRequest([property: Range(1, 7, ErrorMessage = "Pause for 1 to 7 days.")] int Days);
