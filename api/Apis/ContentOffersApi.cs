using Counseling.Api.Auth;
using Counseling.GrainInterfaces.Purchases;

namespace Counseling.Api.Apis;

/// <summary>
/// A counselor's paid content listings (courses, articles, seminars). Bought through the purchases api with kind
/// "content"; the content module serves a piece only to holders of its entitlement.
/// </summary>
public static class ContentOffersApi
{
    public static IEndpointRouteBuilder MapContentOffersApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup(Routes.ContentOffers.Prefix).WithTags("Counselors").RequireAuthorization(Policies.CounselorOnly)
            .MapSaleOffers<ICounselorContentGrain, ContentOffer, ContentOfferDraft>(Routes.ContentOffers.ByIdTemplate, Routes.ContentOffers.ById, new(
                "ListMyContentOffers", "My content listings, retired ones included.",
                "CreateContentOffer", "Lists a course, article or seminar for sale.",
                "UpdateContentOffer", "Changes a listing (buyers keep access).",
                "RetireContentOffer", "Stops selling; buyers keep access.",
                "There is no such listing among yours."));
        return app;
    }
}
