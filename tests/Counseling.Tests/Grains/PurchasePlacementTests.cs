using Counseling.GrainInterfaces.Counselors;
using Counseling.GrainInterfaces.Purchases;
using Counseling.GrainInterfaces.Shared;
using Counseling.Tests.Infrastructure;

namespace Counseling.Tests.Grains;

/// <summary>Who may buy what: the purchase grain places only the orders the rules allow, with the terms on sale.</summary>
[Collection(FakeClockCollection.Name)]
public sealed class PurchasePlacementTests(FakeClockFixture fixture)
{
    private IPurchaseGrain NewOrder() => fixture.Grains.GetGrain<IPurchaseGrain>(Guid.NewGuid());

    private ICounselorPackagesGrain Packages(ICounselorGrain counselor) => fixture.Grains.GetGrain<ICounselorPackagesGrain>(counselor.GetPrimaryKey());

    private ICounselorContentGrain Content(ICounselorGrain counselor) => fixture.Grains.GetGrain<ICounselorContentGrain>(counselor.GetPrimaryKey());

    private async Task<PackageOffer> PackageOfferAsync(ICounselorGrain counselor)
    {
        var saved = await Packages(counselor).SaveOfferAsync(null, new PackageOfferDraft("Four to start", 4, 50, 28000, 90));
        Assert.True(saved.Succeeded, saved.Error?.Message);
        return saved.Value!;
    }

    private async Task<ContentOffer> CourseAsync(ICounselorGrain counselor)
    {
        var saved = await Content(counselor).SaveOfferAsync(null, new ContentOfferDraft(ContentKind.Course, "Sleep better", "Six short lessons.", 4900));
        Assert.True(saved.Succeeded, saved.Error?.Message);
        return saved.Value!;
    }

    /// <summary>A counselor with a profile (enough to put offers up) who is not verified, so cannot be booked.</summary>
    private async Task<ICounselorGrain> UnverifiedCounselorAsync()
    {
        var counselor = fixture.Grains.GetGrain<ICounselorGrain>(Guid.NewGuid());
        Assert.True((await counselor.UpdateProfileAsync(Scenario.Profile("Dr. Unverified"))).Succeeded);
        return counselor;
    }

    private static async Task<PurchaseSummary> PaidAsync(IPurchaseGrain order, Guid client)
    {
        var pending = (await order.GetAsync(client))!;
        var paid = await order.PaymentSucceededAsync(new PaymentReceipt(PaymentMethods.Simulated, $"sim_{pending.Order.Id:N}", pending.Order.Price));
        Assert.True(paid.Succeeded, paid.Error?.Message);
        return paid.Value!;
    }

    [Fact]
    public async Task AnOrderCopiesTheTermsOnSaleAndChangingTheOfferLaterDoesNotChangeIt()
    {
        var counselor = await fixture.CounselorAsync();
        var offer = await PackageOfferAsync(counselor);
        var client = Guid.NewGuid();
        var order = NewOrder();

        var placed = await order.PlaceAsync(client, OrderRequest.ForPackage(counselor.GetPrimaryKey(), offer.Id));

        Assert.True(placed.Succeeded, placed.Error?.Message);
        var summary = placed.Value!;
        Assert.Equal(order.GetPrimaryKey(), summary.Order.Id);
        Assert.Equal(client, summary.Order.ClientId);
        Assert.Equal(PurchaseKind.Package, summary.Order.Kind);
        Assert.Equal("Four to start: 4 × 50-minute sessions with Dr. Clock", summary.Order.Title);
        Assert.Equal(new Money(28000, "USD"), summary.Order.Price);
        Assert.Equal(offer, summary.Order.Package);
        Assert.Equal(PurchaseStatus.Pending, summary.Status);
        Assert.Contains(summary.Order.Id, await fixture.Grains.GetGrain<IPurchaseHistoryGrain>(client).GetAsync());

        Assert.True((await Packages(counselor).SaveOfferAsync(offer.Id, new PackageOfferDraft("Four to start", 4, 50, 30000, 90))).Succeeded);
        Assert.Equal(28000, (await order.GetAsync(client))!.Order.Price.AmountMinor);
    }

    [Fact]
    public async Task ContentAndMembershipOrdersAreTitledForTheReceipt()
    {
        var counselor = await fixture.CounselorAsync();
        var course = await CourseAsync(counselor);
        var client = Guid.NewGuid();

        var content = (await NewOrder().PlaceAsync(client, OrderRequest.ForContent(counselor.GetPrimaryKey(), course.Id))).Value!;
        Assert.Equal("Sleep better (course by Dr. Clock)", content.Order.Title);
        Assert.Equal(PurchaseKind.Content, content.Order.Kind);
        Assert.Equal(course, content.Order.Content);
        Assert.Equal(course.Price, content.Order.Price);

        var membership = (await NewOrder().PlaceAsync(client, OrderRequest.ForMembership("care"))).Value!;
        Assert.Equal("Care membership", membership.Order.Title);
        Assert.Equal(PurchaseKind.Membership, membership.Order.Kind);
        Assert.Equal("care", membership.Order.Plan!.Id);
        Assert.Equal(new Money(15900, "USD"), membership.Order.Price);
    }

    [Fact]
    public async Task PlacingAgainGivesTheClientTheSameOrderAndAnyoneElseNothing()
    {
        var client = Guid.NewGuid();
        var order = NewOrder();
        var first = await order.PlaceAsync(client, OrderRequest.ForMembership("plus"));

        var again = await order.PlaceAsync(client, OrderRequest.ForMembership("plus"));
        Assert.Equal(first.Value, again.Value);
        Assert.Single(await fixture.Grains.GetGrain<IPurchaseHistoryGrain>(client).GetAsync());

        var stranger = await order.PlaceAsync(Guid.NewGuid(), OrderRequest.ForMembership("plus"));
        Assert.Equal(ErrorCodes.NotFound, stranger.Error?.Code);
        Assert.Equal(client, (await order.GetAsync(client))!.Order.ClientId);
    }

    [Fact]
    public async Task APackageOrContentOrderNamesBothTheCounselorAndTheOffer()
    {
        var counselor = await fixture.CounselorAsync();
        var client = Guid.NewGuid();
        OrderRequest[] incomplete =
        [
            new(PurchaseKind.Package, CounselorId: counselor.GetPrimaryKey()),
            new(PurchaseKind.Package, OfferId: Guid.NewGuid()),
            new(PurchaseKind.Content, CounselorId: counselor.GetPrimaryKey()),
            new(PurchaseKind.Content, OfferId: Guid.NewGuid()),
        ];

        foreach (var request in incomplete)
        {
            var order = NewOrder();
            var refused = await order.PlaceAsync(client, request);
            Assert.Equal(ErrorCodes.Validation, refused.Error?.Code);
            Assert.Equal("offerId", refused.Error!.Field);
            Assert.Null(await order.GetAsync(client)); // nothing was recorded
        }

        Assert.Empty(await fixture.Grains.GetGrain<IPurchaseHistoryGrain>(client).GetAsync());
    }

    [Fact]
    public async Task OnlyCurrentOffersOfABookableCounselorAreOnSale()
    {
        var counselor = await fixture.CounselorAsync();
        var retired = await PackageOfferAsync(counselor);
        Assert.True(await Packages(counselor).RetireOfferAsync(retired.Id));
        var retiredCourse = await CourseAsync(counselor);
        Assert.True(await Content(counselor).RetireOfferAsync(retiredCourse.Id));
        var unverified = await UnverifiedCounselorAsync();
        var unverifiedPackage = await PackageOfferAsync(unverified);
        var unverifiedCourse = await CourseAsync(unverified);
        Assert.Empty(await Packages(unverified).GetOnSaleAsync());
        Assert.Empty(await Content(unverified).GetOnSaleAsync());

        var client = Guid.NewGuid();
        (OrderRequest Request, string Message)[] notOnSale =
        [
            (OrderRequest.ForPackage(counselor.GetPrimaryKey(), Guid.NewGuid()), "This counselor does not sell such a package (any more)."),
            (OrderRequest.ForPackage(counselor.GetPrimaryKey(), retired.Id), "This counselor does not sell such a package (any more)."),
            (OrderRequest.ForPackage(unverified.GetPrimaryKey(), unverifiedPackage.Id), "This counselor does not sell such a package (any more)."),
            (OrderRequest.ForContent(counselor.GetPrimaryKey(), retiredCourse.Id), "This counselor does not sell such content (any more)."),
            (OrderRequest.ForContent(unverified.GetPrimaryKey(), unverifiedCourse.Id), "This counselor does not sell such content (any more)."),
        ];

        foreach (var (request, message) in notOnSale)
        {
            var refused = await NewOrder().PlaceAsync(client, request);
            Assert.Equal(ErrorCodes.NotFound, refused.Error?.Code);
            Assert.Equal(message, refused.Error!.Message);
        }

        Assert.Empty(await fixture.Grains.GetGrain<IPurchaseHistoryGrain>(client).GetAsync());
    }

    [Fact]
    public async Task NoCounselorBuysTheirOwnPackageOrContent()
    {
        var counselor = await fixture.CounselorAsync();
        var package = await PackageOfferAsync(counselor);
        var course = await CourseAsync(counselor);
        var self = counselor.GetPrimaryKey();

        var ownPackage = await NewOrder().PlaceAsync(self, OrderRequest.ForPackage(self, package.Id));
        Assert.Equal(ErrorCodes.Validation, ownPackage.Error?.Code);
        Assert.Equal("counselorId", ownPackage.Error!.Field);
        Assert.Equal("You cannot buy your own package.", ownPackage.Error.Message);

        var ownContent = await NewOrder().PlaceAsync(self, OrderRequest.ForContent(self, course.Id));
        Assert.Equal(ErrorCodes.Validation, ownContent.Error?.Code);
        Assert.Equal("counselorId", ownContent.Error!.Field);
        Assert.Equal("You cannot buy your own content.", ownContent.Error.Message);
    }

    [Fact]
    public async Task ContentIsBoughtOncePerAccount()
    {
        var counselor = await fixture.CounselorAsync();
        var course = await CourseAsync(counselor);
        var client = Guid.NewGuid();
        var request = OrderRequest.ForContent(counselor.GetPrimaryKey(), course.Id);
        var first = NewOrder();
        Assert.True((await first.PlaceAsync(client, request)).Succeeded);
        Assert.Equal(PurchaseStatus.Fulfilled, (await PaidAsync(first, client)).Status);

        var again = await NewOrder().PlaceAsync(client, request);
        Assert.Equal(ErrorCodes.AlreadyOwned, again.Error?.Code);
        Assert.Equal("You already have \"Sleep better\".", again.Error!.Message);
        Assert.True((await NewOrder().PlaceAsync(Guid.NewGuid(), request)).Succeeded); // someone else still may
    }

    [Fact]
    public async Task AMembershipIsOneOfThePlansOnSaleAndOneAtATime()
    {
        var client = Guid.NewGuid();
        foreach (var plan in new[] { "platinum", null })
        {
            var refused = await NewOrder().PlaceAsync(client, new OrderRequest(PurchaseKind.Membership, PlanId: plan));
            Assert.Equal(ErrorCodes.Validation, refused.Error?.Code);
            Assert.Equal("planId", refused.Error!.Field);
        }

        var first = NewOrder();
        Assert.True((await first.PlaceAsync(client, OrderRequest.ForMembership("care"))).Succeeded);
        Assert.Equal(PurchaseStatus.Fulfilled, (await PaidAsync(first, client)).Status);

        var second = await NewOrder().PlaceAsync(client, OrderRequest.ForMembership("plus"));
        Assert.Equal(ErrorCodes.MembershipExists, second.Error?.Code);
        Assert.Equal("You already have a running membership. Cancel it first, or wait for it to end.", second.Error!.Message);

        Assert.True((await fixture.Grains.GetGrain<IMembershipGrain>(client).PauseAsync(2)).Succeeded);
        Assert.Equal(ErrorCodes.MembershipExists, (await NewOrder().PlaceAsync(client, OrderRequest.ForMembership("plus"))).Error?.Code); // paused still counts
    }

    [Fact]
    public async Task ASecondMembershipOrderedBeforeTheFirstWasPaidIsRefundedWhenPaid()
    {
        var client = Guid.NewGuid();
        var first = NewOrder();
        var second = NewOrder();
        Assert.True((await first.PlaceAsync(client, OrderRequest.ForMembership("care"))).Succeeded);
        Assert.True((await second.PlaceAsync(client, OrderRequest.ForMembership("plus"))).Succeeded); // two tabs

        Assert.Equal(PurchaseStatus.Fulfilled, (await PaidAsync(first, client)).Status);
        var refunded = await PaidAsync(second, client);

        Assert.Equal(PurchaseStatus.Refunded, refunded.Status);
        Assert.Equal("You already had a membership, so this payment was refunded in full.", refunded.Note);
        Assert.Equal("care", (await fixture.Grains.GetGrain<IMembershipGrain>(client).GetAsync()).Plan?.Id);
    }

    [Fact]
    public async Task AKindOfPurchaseThatDoesNotExistIsRefused()
    {
        var refused = await NewOrder().PlaceAsync(Guid.NewGuid(), new OrderRequest((PurchaseKind)99));

        Assert.Equal(ErrorCodes.Validation, refused.Error?.Code);
        Assert.Equal("kind", refused.Error!.Field);
    }
}
