using Counseling.Api.Auth;
using Counseling.GrainInterfaces.Purchases;

namespace Counseling.Api.Apis;

/// <summary>A counselor's packages of sessions for sale; buyers keep the terms they bought.</summary>
public static class PackageOffersApi
{
    public static IEndpointRouteBuilder MapPackageOffersApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup(Routes.PackageOffers.Prefix).WithTags("Counselors").RequireAuthorization(Policies.CounselorOnly)
            .MapSaleOffers<ICounselorPackagesGrain, PackageOffer, PackageOfferDraft>(Routes.PackageOffers.ByIdTemplate, Routes.PackageOffers.ById, new(
                "ListMyPackageOffers", "My package offers, retired ones included.",
                "CreatePackageOffer", "Offers a new package.",
                "UpdatePackageOffer", "Changes an offer (buyers keep the terms they bought).",
                "RetirePackageOffer", "Stops selling a package; bought credits stay valid.",
                "There is no such package among your current offers."));
        return app;
    }
}
