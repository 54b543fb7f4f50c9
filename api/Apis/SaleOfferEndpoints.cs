using System.Security.Claims;
using Counseling.Api.Problems;
using Counseling.GrainInterfaces.Purchases;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Counseling.Api.Apis;

/// <summary>
/// The counselor's own endpoints for one kind of listing (packages, content): list, create, change, retire. One
/// definition for every <see cref="ISaleOfferCatalog{TOffer, TDraft}"/>, so the kinds cannot drift apart.
/// </summary>
public static class SaleOfferEndpoints
{
    /// <summary>The endpoint names and summaries of one kind, as published in the OpenAPI document.</summary>
    public sealed record Descriptions(
        string ListName, string ListSummary,
        string CreateName, string CreateSummary,
        string UpdateName, string UpdateSummary,
        string RetireName, string RetireSummary,
        string NotFound);

    public static RouteGroupBuilder MapSaleOffers<TGrain, TOffer, TDraft>(this RouteGroupBuilder group, string byIdTemplate, Func<Guid, string> location, Descriptions text)
        where TGrain : ISaleOfferCatalog<TOffer, TDraft>
        where TOffer : ISaleOffer
        where TDraft : class
    {
        group.MapGet(Routes.Root, async (ClaimsPrincipal user, IClusterClient cluster) =>
                TypedResults.Ok(await cluster.GetGrain<TGrain>(user.UserId()).GetOffersAsync(true)))
            .WithName(text.ListName).WithSummary(text.ListSummary);

        // A generic body parameter is not known to be required, so an empty or null body arrives here as null.
        async Task<Results<Created<TOffer>, Ok<TOffer>, ProblemHttpResult>> SaveAsync(TDraft? draft, ClaimsPrincipal user, IClusterClient cluster, Guid? offerId = null)
        {
            if (draft is null)
            {
                return Problem.Validation("body", "Send the offer as a JSON object.");
            }

            var result = await cluster.GetGrain<TGrain>(user.UserId()).SaveOfferAsync(offerId, draft);
            if (result.Value is not { } offer)
            {
                return Problem.FromGrain(result.Error!);
            }

            return offerId is null ? TypedResults.Created(location(offer.Id), offer) : TypedResults.Ok(offer);
        }

        group.MapPost(Routes.Root, SaveAsync).WithName(text.CreateName).WithSummary(text.CreateSummary);
        group.MapPut(byIdTemplate, SaveAsync).WithName(text.UpdateName).WithSummary(text.UpdateSummary);
        group.MapDelete(byIdTemplate, async Task<Results<NoContent, ProblemHttpResult>> (Guid offerId, ClaimsPrincipal user, IClusterClient cluster) =>
                await cluster.GetGrain<TGrain>(user.UserId()).RetireOfferAsync(offerId) ? TypedResults.NoContent() : Problem.Of("not-found", text.NotFound))
            .WithName(text.RetireName).WithSummary(text.RetireSummary);
        return group;
    }
}
