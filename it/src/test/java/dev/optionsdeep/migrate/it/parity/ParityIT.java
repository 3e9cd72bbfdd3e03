package dev.optionsdeep.migrate.it.parity;

import dev.optionsdeep.migrate.snapshot.Snapshot;
import dev.optionsdeep.migrate.snapshot.SnapshotCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Hibernate parity: for each model, the schema our migrations build equals the schema Hibernate's
 * own export creates, and Hibernate's validation passes on ours. Hibernate is only the oracle here.
 */
class ParityIT {

    private final ParityCheck parity = new ParityCheck();

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("parity_generators", List.of(
                        dev.optionsdeep.migrate.it.parity.generators.Parcel.class,
                        dev.optionsdeep.migrate.it.parity.generators.RaffleTicket.class,
                        dev.optionsdeep.migrate.it.parity.generators.Courier.class,
                        dev.optionsdeep.migrate.it.parity.generators.DispatchDepot.class,
                        dev.optionsdeep.migrate.it.parity.generators.Consignment.class,
                        dev.optionsdeep.migrate.it.parity.generators.StaffBadge.class,
                        dev.optionsdeep.migrate.it.parity.generators.RoutePlan.class)),
                Arguments.of("parity_tablegen", List.of(
                        dev.optionsdeep.migrate.it.parity.tablegen.TgLedger.class,
                        dev.optionsdeep.migrate.it.parity.tablegen.TgVoucher.class,
                        dev.optionsdeep.migrate.it.parity.tablegen.TgInvoice.class,
                        dev.optionsdeep.migrate.it.parity.tablegen.TgReceipt.class,
                        dev.optionsdeep.migrate.it.parity.tablegen.TgShipment.class,
                        dev.optionsdeep.migrate.it.parity.tablegen.TgProduct.class,
                        dev.optionsdeep.migrate.it.parity.tablegen.TgCategory.class,
                        dev.optionsdeep.migrate.it.parity.tablegen.TgAuditEntry.class,
                        dev.optionsdeep.migrate.it.parity.tablegen.TgAutoNamed.class,
                        dev.optionsdeep.migrate.it.parity.tablegen.TgArchived.class,
                        dev.optionsdeep.migrate.it.parity.tablegen.TgUnusedGenerator.class)),
                Arguments.of("parity_optionsdeep", List.of(
                        dev.optionsdeep.migrate.it.parity.optionsdeep.Company.class,
                        dev.optionsdeep.migrate.it.parity.optionsdeep.Strategy.class)),
                Arguments.of("parity_shop", SHOP),
                Arguments.of("parity_everything", List.of(
                        dev.optionsdeep.migrate.it.parity.everything.AllTypes.class,
                        dev.optionsdeep.migrate.it.parity.everything.MoreTypes.class,
                        dev.optionsdeep.migrate.it.parity.everything.Ticket.class,
                        dev.optionsdeep.migrate.it.parity.everything.Invoice.class,
                        dev.optionsdeep.migrate.it.parity.everything.Subscription.class,
                        dev.optionsdeep.migrate.it.parity.everything.Note.class,
                        dev.optionsdeep.migrate.it.parity.everything.Case.class,
                        // Hibernate learns of an auto-apply converter as it learns of an entity.
                        dev.optionsdeep.migrate.it.parity.everything.MoneyConverter.class)),
                Arguments.of("parity_structure", List.of(
                        dev.optionsdeep.migrate.it.parity.structure.Warehouse.class,
                        dev.optionsdeep.migrate.it.parity.structure.Supplier.class,
                        dev.optionsdeep.migrate.it.parity.structure.TgCounter.class,
                        dev.optionsdeep.migrate.it.parity.structure.TgTicket.class)),
                Arguments.of("parity_relations", List.of(
                        dev.optionsdeep.migrate.it.parity.relations.Vehicle.class,
                        dev.optionsdeep.migrate.it.parity.relations.Car.class,
                        dev.optionsdeep.migrate.it.parity.relations.ElectricCar.class,
                        dev.optionsdeep.migrate.it.parity.relations.Truck.class,
                        dev.optionsdeep.migrate.it.parity.relations.City.class,
                        dev.optionsdeep.migrate.it.parity.relations.Garage.class,
                        dev.optionsdeep.migrate.it.parity.relations.Route.class,
                        dev.optionsdeep.migrate.it.parity.relations.Stop.class,
                        dev.optionsdeep.migrate.it.parity.relations.Timetable.class)),
                Arguments.of("parity_inheritance", List.of(
                        dev.optionsdeep.migrate.it.parity.inheritance.Account.class,
                        dev.optionsdeep.migrate.it.parity.inheritance.SavingsAccount.class,
                        dev.optionsdeep.migrate.it.parity.inheritance.CheckingAccount.class,
                        dev.optionsdeep.migrate.it.parity.inheritance.PremiumChecking.class,
                        dev.optionsdeep.migrate.it.parity.inheritance.Branch.class,
                        dev.optionsdeep.migrate.it.parity.inheritance.Kiosk.class,
                        dev.optionsdeep.migrate.it.parity.inheritance.Ledger.class,
                        dev.optionsdeep.migrate.it.parity.inheritance.Register.class)),
                Arguments.of("parity_attributes", List.of(
                        dev.optionsdeep.migrate.it.parity.attributes.Shipment.class,
                        dev.optionsdeep.migrate.it.parity.attributes.Carrier.class)),
                Arguments.of("parity_types", List.of(
                        dev.optionsdeep.migrate.it.parity.types.AuditedEvent.class,
                        dev.optionsdeep.migrate.it.parity.types.Wallet.class,
                        dev.optionsdeep.migrate.it.parity.types.AccountBook.class,
                        dev.optionsdeep.migrate.it.parity.types.Profile.class,
                        dev.optionsdeep.migrate.it.parity.types.Document.class,
                        dev.optionsdeep.migrate.it.parity.types.Survey.class,
                        dev.optionsdeep.migrate.it.parity.types.Reminder.class,
                        dev.optionsdeep.migrate.it.parity.types.Membership.class)),
                Arguments.of("parity_coldef", List.of(
                        dev.optionsdeep.migrate.it.parity.coldef.LegacyOrder.class)),
                Arguments.of("parity_verbatim", List.of(
                        dev.optionsdeep.migrate.it.parity.verbatim.VerbatimAccount.class)),
                Arguments.of("parity_enums", List.of(
                        dev.optionsdeep.migrate.it.parity.enums.PurchaseOrder.class,
                        dev.optionsdeep.migrate.it.parity.enums.Voucher.class)),
                Arguments.of("parity_cargo", List.of(
                        dev.optionsdeep.migrate.it.parity.cargo.Itinerary.class,
                        dev.optionsdeep.migrate.it.parity.cargo.Leg.class,
                        dev.optionsdeep.migrate.it.parity.cargo.Voyage.class,
                        dev.optionsdeep.migrate.it.parity.cargo.CarrierMovement.class,
                        dev.optionsdeep.migrate.it.parity.cargo.Cargo.class,
                        dev.optionsdeep.migrate.it.parity.cargo.HandlingEvent.class,
                        dev.optionsdeep.migrate.it.parity.cargo.CargoNote.class,
                        dev.optionsdeep.migrate.it.parity.cargo.Consignee.class,
                        dev.optionsdeep.migrate.it.parity.cargo.CargoConsignee.class,
                        dev.optionsdeep.migrate.it.parity.cargo.CargoTag.class,
                        dev.optionsdeep.migrate.it.parity.cargo.Vessel.class,
                        dev.optionsdeep.migrate.it.parity.cargo.Berth.class,
                        dev.optionsdeep.migrate.it.parity.cargo.Port.class,
                        dev.optionsdeep.migrate.it.parity.cargo.Container.class,
                        dev.optionsdeep.migrate.it.parity.cargo.Reefer.class)),
                Arguments.of("parity_schemas", List.of(
                        dev.optionsdeep.migrate.it.parity.schemas.SalesOrder.class,
                        dev.optionsdeep.migrate.it.parity.schemas.CrmCustomer.class,
                        dev.optionsdeep.migrate.it.parity.schemas.Shelf.class)),
                // Siblings by qualified name: Hibernate orders a discriminator's values as entities are registered.
                Arguments.of("parity_singletable", List.of(
                        dev.optionsdeep.migrate.it.parity.singletable.Payment.class,
                        dev.optionsdeep.migrate.it.parity.singletable.BankTransfer.class,
                        dev.optionsdeep.migrate.it.parity.singletable.CardPayment.class,
                        dev.optionsdeep.migrate.it.parity.singletable.InstantTransfer.class,
                        dev.optionsdeep.migrate.it.parity.singletable.Notification.class,
                        dev.optionsdeep.migrate.it.parity.singletable.EmailNotification.class,
                        dev.optionsdeep.migrate.it.parity.singletable.SmsNotification.class,
                        dev.optionsdeep.migrate.it.parity.singletable.Setting.class,
                        dev.optionsdeep.migrate.it.parity.singletable.Party.class,
                        dev.optionsdeep.migrate.it.parity.singletable.Organisation.class,
                        dev.optionsdeep.migrate.it.parity.singletable.Person.class,
                        dev.optionsdeep.migrate.it.parity.singletable.Country.class,
                        dev.optionsdeep.migrate.it.parity.singletable.Contract.class,
                        dev.optionsdeep.migrate.it.parity.singletable.GiftCard.class,
                        dev.optionsdeep.migrate.it.parity.singletable.PromoGiftCard.class,
                        dev.optionsdeep.migrate.it.parity.singletable.Waybill.class,
                        dev.optionsdeep.migrate.it.parity.singletable.ExpressWaybill.class,
                        dev.optionsdeep.migrate.it.parity.singletable.ServiceLevel.class,
                        dev.optionsdeep.migrate.it.parity.singletable.PremiumServiceLevel.class)),
                Arguments.of("parity_neutral", List.of(
                        dev.optionsdeep.migrate.it.parity.neutral.Author.class,
                        dev.optionsdeep.migrate.it.parity.neutral.Book.class,
                        dev.optionsdeep.migrate.it.parity.neutral.Tag.class,
                        dev.optionsdeep.migrate.it.parity.neutral.BookShelf.class)),
                Arguments.of("parity_derived", DERIVED),
                Arguments.of("parity_maps", MAPS),
                Arguments.of("parity_constructs", CONSTRUCTS),
                Arguments.of("parity_genpart", GENPART),
                Arguments.of("parity_anymany", ANYMANY),
                Arguments.of("parity_idlinks", IDLINKS),
                Arguments.of("parity_genidentity", List.of(dev.optionsdeep.migrate.it.parity.genidentity.BatchJob.class)),
                Arguments.of("parity_sharedcols", SHAREDCOLS),
                Arguments.of("parity_numericcode", List.of(
                        dev.optionsdeep.migrate.it.parity.numericcode.NcMeasurement.class)),
                Arguments.of("parity_joinorder", List.of(
                        dev.optionsdeep.migrate.it.parity.joinorder.JoShelf.class,
                        dev.optionsdeep.migrate.it.parity.joinorder.JoSlot.class,
                        dev.optionsdeep.migrate.it.parity.joinorder.JoParcel.class,
                        dev.optionsdeep.migrate.it.parity.joinorder.JoStock.class,
                        dev.optionsdeep.migrate.it.parity.joinorder.JoColdStock.class)),
                Arguments.of("parity_mapkeyref", List.of(
                        dev.optionsdeep.migrate.it.parity.mapkeyref.MkrShippingOption.class,
                        dev.optionsdeep.migrate.it.parity.mapkeyref.MkrStockItem.class)),
                Arguments.of("parity_joinedleaf", List.of(
                        dev.optionsdeep.migrate.it.parity.joinedleaf.JlFeeLine.class)),
                Arguments.of("parity_gennamed_table", List.of(
                        dev.optionsdeep.migrate.it.parity.gennamedtable.GnCodeKind.class)),
                Arguments.of("parity_gennamed", List.of(
                        dev.optionsdeep.migrate.it.parity.gennamed.GnStreetAddress.class,
                        dev.optionsdeep.migrate.it.parity.gennamed.GnPhoneLine.class)),
                Arguments.of("parity_gnxref", List.of(
                        dev.optionsdeep.migrate.it.parity.gnxref.GnCriteriaPromotionXref.class,
                        dev.optionsdeep.migrate.it.parity.gnxref.GnPromotionImpl.class,
                        dev.optionsdeep.migrate.it.parity.gnxref.GnItemRuleImpl.class)),
                Arguments.of("parity_tojoin", TOJOIN),
                Arguments.of("parity_gapjoin", GAPJOIN),
                Arguments.of("parity_gapwrite", List.of(
                        dev.optionsdeep.migrate.it.parity.gapwrite.GwBox.class,
                        dev.optionsdeep.migrate.it.parity.gapwrite.GwCarton.class,
                        dev.optionsdeep.migrate.it.parity.gapwrite.GwItem.class,
                        dev.optionsdeep.migrate.it.parity.gapwrite.GwWarehouse.class)),
                Arguments.of("parity_kindbase", List.of(
                        dev.optionsdeep.migrate.it.parity.kindbase.KbDevice.class,
                        dev.optionsdeep.migrate.it.parity.kindbase.KbSensor.class,
                        dev.optionsdeep.migrate.it.parity.kindbase.KbUnknownDevice.class,
                        dev.optionsdeep.migrate.it.parity.kindbase.KbMeasuredReading.class,
                        dev.optionsdeep.migrate.it.parity.kindbase.KbForecastReading.class)),
                Arguments.of("parity_uniquecol", List.of(
                        dev.optionsdeep.migrate.it.parity.uniquecol.UcolBranch.class,
                        dev.optionsdeep.migrate.it.parity.uniquecol.UcolProfile.class,
                        dev.optionsdeep.migrate.it.parity.uniquecol.UcolMember.class)),
                Arguments.of("parity_auditgaps", AUDITGAPS),
                Arguments.of("parity_numcodes", List.of(dev.optionsdeep.migrate.it.parity.numcodes.NxLedgerEntry.class)),
                // OpenOLAT's ids: an enhanced sequence forced onto a one-column table, shared by the entities naming it.
                Arguments.of("parity_hilotable", List.of(dev.optionsdeep.migrate.it.parity.hilotable.HtCourse.class,
                        dev.optionsdeep.migrate.it.parity.hilotable.HtLesson.class,
                        dev.optionsdeep.migrate.it.parity.hilotable.HtBadge.class)),
                Arguments.of("parity_genseq", List.of(dev.optionsdeep.migrate.it.parity.genseq.GsTicket.class,
                        dev.optionsdeep.migrate.it.parity.genseq.GsBatch.class,
                        dev.optionsdeep.migrate.it.parity.genseq.GsVoucher.class)),
                Arguments.of("parity_idclassonly", List.of(
                        dev.optionsdeep.migrate.it.parity.idclassonly.IcoReading.class,
                        dev.optionsdeep.migrate.it.parity.idclassonly.IcoLatest.class,
                        dev.optionsdeep.migrate.it.parity.idclassonly.IcoLabel.class)),
                Arguments.of("parity_shadowed", List.of(
                        dev.optionsdeep.migrate.it.parity.shadowed.ShdFormula.class,
                        dev.optionsdeep.migrate.it.parity.shadowed.ShdSchedule.class)),
                Arguments.of("parity_subsecondary", List.of(
                        dev.optionsdeep.migrate.it.parity.subsecondary.SsTask.class,
                        dev.optionsdeep.migrate.it.parity.subsecondary.SsCodingTask.class,
                        dev.optionsdeep.migrate.it.parity.subsecondary.SsDrawingTask.class,
                        dev.optionsdeep.migrate.it.parity.subsecondary.SsEssayTask.class,
                        dev.optionsdeep.migrate.it.parity.subsecondary.SsBuildSetup.class)),
                Arguments.of("parity_usertypecode", List.of(
                        dev.optionsdeep.migrate.it.parity.usertypecode.UtMember.class)),
                Arguments.of("parity_flagcodes", List.of(dev.optionsdeep.migrate.it.parity.flagcodes.FcSwitch.class)),
                Arguments.of("parity_basicrel", List.of(dev.optionsdeep.migrate.it.parity.basicrel.BrHolder.class,
                        dev.optionsdeep.migrate.it.parity.basicrel.BrKey.class)),
                Arguments.of("parity_idbagtypes", List.of(
                        dev.optionsdeep.migrate.it.parity.idbagtypes.IbtRecipe.class,
                        dev.optionsdeep.migrate.it.parity.idbagtypes.IbtCook.class)),
                Arguments.of("parity_keyorder", List.of(
                        dev.optionsdeep.migrate.it.parity.keyorder.KoTeam.class,
                        dev.optionsdeep.migrate.it.parity.keyorder.KoNesting.class,
                        dev.optionsdeep.migrate.it.parity.keyorder.KoSeat.class)),
                // OpenOLAT's light entities on o_bs_identity; the views listed first, so Hibernate registers them first.
                Arguments.of("parity_onetable", List.of(
                        dev.optionsdeep.migrate.it.parity.onetable.OtIdentityLastLogin.class,
                        dev.optionsdeep.migrate.it.parity.onetable.OtAssessedIdentity.class,
                        dev.optionsdeep.migrate.it.parity.onetable.OtIdentitySummary.class,
                        dev.optionsdeep.migrate.it.parity.onetable.OtIdentity.class,
                        dev.optionsdeep.migrate.it.parity.onetable.OtUser.class)),
                Arguments.of("parity_sharedtable", List.of(
                        dev.optionsdeep.migrate.it.parity.sharedtable.StRule.class,
                        dev.optionsdeep.migrate.it.parity.sharedtable.StImportedRule.class,
                        dev.optionsdeep.migrate.it.parity.sharedtable.StEvent.class,
                        dev.optionsdeep.migrate.it.parity.sharedtable.StCountedEvent.class)),
                Arguments.of("parity_discformula", DISCFORMULA),
                Arguments.of("parity_quotedsnake", List.of(
                        dev.optionsdeep.migrate.it.parity.quotedsnake.QsConsent.class)),
                Arguments.of("parity_serialref", List.of(
                        dev.optionsdeep.migrate.it.parity.serialref.SrFolder.class,
                        dev.optionsdeep.migrate.it.parity.serialref.SrSearch.class)),
                Arguments.of("parity_noverride", List.of(
                        dev.optionsdeep.migrate.it.parity.noverride.NoPlace.class,
                        dev.optionsdeep.migrate.it.parity.noverride.NoVisit.class)),
                Arguments.of("parity_seqparam", List.of(
                        dev.optionsdeep.migrate.it.parity.seqparam.SpRole.class,
                        dev.optionsdeep.migrate.it.parity.seqparam.SpSource.class,
                        dev.optionsdeep.migrate.it.parity.seqparam.SpTerm.class)),
                Arguments.of("parity_floatsize", List.of(
                        dev.optionsdeep.migrate.it.parity.floatsize.FsReading.class)),
                Arguments.of("parity_classassoc", List.of(
                        dev.optionsdeep.migrate.it.parity.classassoc.CaAttributeType.class,
                        dev.optionsdeep.migrate.it.parity.classassoc.CaConcept.class,
                        dev.optionsdeep.migrate.it.parity.classassoc.CaLocation.class,
                        dev.optionsdeep.migrate.it.parity.classassoc.CaConceptAttribute.class,
                        dev.optionsdeep.migrate.it.parity.classassoc.CaLocationAttribute.class)),
                Arguments.of("parity_pkjoinref", List.of(
                        dev.optionsdeep.migrate.it.parity.pkjoinref.PjDevice.class,
                        dev.optionsdeep.migrate.it.parity.pkjoinref.PjStatus.class,
                        dev.optionsdeep.migrate.it.parity.pkjoinref.PjNote.class,
                        dev.optionsdeep.migrate.it.parity.pkjoinref.PjAssignment.class,
                        dev.optionsdeep.migrate.it.parity.pkjoinref.PjLink.class,
                        dev.optionsdeep.migrate.it.parity.pkjoinref.PjFilter.class)),
                Arguments.of("parity_pkjoinone", List.of(
                        dev.optionsdeep.migrate.it.parity.pkjoinone.PoDevice.class,
                        dev.optionsdeep.migrate.it.parity.pkjoinone.PoReading.class)));
    }

    /** The entities of the model of discriminator formulas and options. */
    static final List<Class<?>> DISCFORMULA = List.of(
            dev.optionsdeep.migrate.it.parity.discformula.DfOverride.class,
            dev.optionsdeep.migrate.it.parity.discformula.DfConsumerOverride.class,
            dev.optionsdeep.migrate.it.parity.discformula.DfKeyOverride.class,
            dev.optionsdeep.migrate.it.parity.discformula.DfConsumer.class,
            dev.optionsdeep.migrate.it.parity.discformula.DfActivationKey.class,
            dev.optionsdeep.migrate.it.parity.discformula.DfShape.class,
            dev.optionsdeep.migrate.it.parity.discformula.DfSquare.class,
            dev.optionsdeep.migrate.it.parity.discformula.DfCircle.class,
            dev.optionsdeep.migrate.it.parity.discformula.DfPayment.class,
            dev.optionsdeep.migrate.it.parity.discformula.DfCardPayment.class,
            dev.optionsdeep.migrate.it.parity.discformula.DfBankPayment.class,
            dev.optionsdeep.migrate.it.parity.discformula.DfPendingPayment.class,
            dev.optionsdeep.migrate.it.parity.discformula.DfOtherPayment.class,
            dev.optionsdeep.migrate.it.parity.discformula.DfSetting.class,
            dev.optionsdeep.migrate.it.parity.discformula.DfEvent.class,
            dev.optionsdeep.migrate.it.parity.discformula.DfClick.class,
            dev.optionsdeep.migrate.it.parity.discformula.DfView.class,
            dev.optionsdeep.migrate.it.parity.discformula.DfDocument.class,
            dev.optionsdeep.migrate.it.parity.discformula.DfInvoice.class,
            dev.optionsdeep.migrate.it.parity.discformula.DfReceipt.class);

    /**
     * The entities of the Envers gaps model: audit tables of TABLE_PER_CLASS hierarchies, ordered lists and maps
     * (hibernate-envers is on this module's test class path).
     */
    static final List<Class<?>> AUDITGAPS = List.of(
            dev.optionsdeep.migrate.it.parity.auditgaps.AgAsset.class,
            dev.optionsdeep.migrate.it.parity.auditgaps.AgMachine.class,
            dev.optionsdeep.migrate.it.parity.auditgaps.AgHandTool.class,
            dev.optionsdeep.migrate.it.parity.auditgaps.AgJob.class,
            dev.optionsdeep.migrate.it.parity.auditgaps.AgRushJob.class,
            dev.optionsdeep.migrate.it.parity.auditgaps.AgCard.class,
            dev.optionsdeep.migrate.it.parity.auditgaps.AgBoard.class);

    /**
     * The entities of the to-one join tables model: {@code @ManyToOne} and {@code @OneToOne} with {@code @JoinTable},
     * kept in a table keyed by the owner (also checked under snake_case naming).
     */
    static final List<Class<?>> TOJOIN = List.of(
            dev.optionsdeep.migrate.it.parity.tojoin.TjProduct.class,
            dev.optionsdeep.migrate.it.parity.tojoin.TjVendor.class,
            dev.optionsdeep.migrate.it.parity.tojoin.TjMedia.class,
            dev.optionsdeep.migrate.it.parity.tojoin.TjSku.class,
            dev.optionsdeep.migrate.it.parity.tojoin.TjShelf.class);

    /**
     * The entities of the unnamed to-one join tables model: {@code @JoinTable} without a name on a {@code @ManyToOne}
     * and a {@code @OneToOne}, named by the implicit naming strategy (also checked under snake_case and Spring naming).
     */
    static final List<Class<?>> GAPJOIN = List.of(
            dev.optionsdeep.migrate.it.parity.gapjoin.GjShipment.class,
            dev.optionsdeep.migrate.it.parity.gapjoin.GjCourier.class,
            dev.optionsdeep.migrate.it.parity.gapjoin.GjDepot.class,
            dev.optionsdeep.migrate.it.parity.gapjoin.GjLabel.class);

    /**
     * The entities of the generated-parts model: one part of an {@code @IdClass} or {@code @EmbeddedId} key
     * generated (Hibernate 6.5 and later), the sequences, identity column and generator table it draws from.
     */
    static final List<Class<?>> GENPART = List.of(
            dev.optionsdeep.migrate.it.parity.genpart.StoredResource.class,
            dev.optionsdeep.migrate.it.parity.genpart.ResourceTag.class,
            dev.optionsdeep.migrate.it.parity.genpart.SearchEntry.class,
            dev.optionsdeep.migrate.it.parity.genpart.Upload.class,
            dev.optionsdeep.migrate.it.parity.genpart.Counter.class,
            dev.optionsdeep.migrate.it.parity.genpart.ResourceLink.class,
            dev.optionsdeep.migrate.it.parity.genpart.ResourceHistory.class);

    /**
     * The entities of the many-to-any model: Hibernate's {@code @ManyToAny} join tables, and {@code @CollectionTable}
     * naming the join table of a {@code @OneToMany} or {@code @ManyToMany} (also checked under snake_case naming).
     */
    static final List<Class<?>> ANYMANY = List.of(
            dev.optionsdeep.migrate.it.parity.anymany.HelpdeskInvoice.class,
            dev.optionsdeep.migrate.it.parity.anymany.Memo.class,
            dev.optionsdeep.migrate.it.parity.anymany.ScannedDocument.class,
            dev.optionsdeep.migrate.it.parity.anymany.Inbox.class,
            dev.optionsdeep.migrate.it.parity.anymany.KanbanBoard.class,
            dev.optionsdeep.migrate.it.parity.anymany.CatalogProduct.class,
            dev.optionsdeep.migrate.it.parity.anymany.CatalogLabel.class,
            dev.optionsdeep.migrate.it.parity.anymany.Catalog.class);

    /**
     * The entities of the shared-columns model: one column several basic attributes map, one writable and the
     * others read-only (a mapped superclass's copy, an embedded reference's, an embedded id part's).
     */
    static final List<Class<?>> SHAREDCOLS = List.of(
            dev.optionsdeep.migrate.it.parity.sharedcols.ScOwner.class,
            dev.optionsdeep.migrate.it.parity.sharedcols.ScIndexEntry.class,
            dev.optionsdeep.migrate.it.parity.sharedcols.ScVersion.class);

    /**
     * The entities of the model of relationships inside composite keys: {@code @ManyToOne} and {@code @OneToOne}
     * in {@code @EmbeddedId} classes, and read-only copies of join columns (also checked under snake_case naming).
     */
    static final List<Class<?>> IDLINKS = List.of(
            dev.optionsdeep.migrate.it.parity.idlinks.Depot.class,
            dev.optionsdeep.migrate.it.parity.idlinks.Article.class,
            dev.optionsdeep.migrate.it.parity.idlinks.Bin.class,
            dev.optionsdeep.migrate.it.parity.idlinks.StockLevel.class,
            dev.optionsdeep.migrate.it.parity.idlinks.PriceAgreement.class,
            dev.optionsdeep.migrate.it.parity.idlinks.BinAssignment.class,
            dev.optionsdeep.migrate.it.parity.idlinks.BinCount.class,
            dev.optionsdeep.migrate.it.parity.idlinks.ArticleLabel.class,
            dev.optionsdeep.migrate.it.parity.idlinks.StockReservation.class,
            dev.optionsdeep.migrate.it.parity.idlinks.StockMovement.class,
            dev.optionsdeep.migrate.it.parity.idlinks.DepotTransfer.class,
            dev.optionsdeep.migrate.it.parity.idlinks.Allocation.class,
            dev.optionsdeep.migrate.it.parity.idlinks.StockCheck.class);

    /** The entities of the derived-identity model (also checked under snake_case naming). */
    static final List<Class<?>> SHOP = List.of(
                        dev.optionsdeep.migrate.it.parity.shop.Customer.class,
                        dev.optionsdeep.migrate.it.parity.shop.Product.class,
                        dev.optionsdeep.migrate.it.parity.shop.Coupon.class,
                        dev.optionsdeep.migrate.it.parity.shop.Address.class,
                        dev.optionsdeep.migrate.it.parity.shop.Category.class,
                        dev.optionsdeep.migrate.it.parity.shop.PurchaseOrder.class,
                        dev.optionsdeep.migrate.it.parity.shop.OrderLine.class);

    static final List<Class<?>> DERIVED = List.of(
            dev.optionsdeep.migrate.it.parity.derived.Purchase.class,
            dev.optionsdeep.migrate.it.parity.derived.PurchaseLine.class,
            dev.optionsdeep.migrate.it.parity.derived.LineAdjustment.class,
            dev.optionsdeep.migrate.it.parity.derived.Employee.class,
            dev.optionsdeep.migrate.it.parity.derived.Dependent.class,
            dev.optionsdeep.migrate.it.parity.derived.EmployeeRecord.class,
            dev.optionsdeep.migrate.it.parity.derived.Citizen.class,
            dev.optionsdeep.migrate.it.parity.derived.MedicalHistory.class,
            dev.optionsdeep.migrate.it.parity.derived.Guardian.class,
            dev.optionsdeep.migrate.it.parity.derived.Course.class,
            dev.optionsdeep.migrate.it.parity.derived.Enrollment.class,
            dev.optionsdeep.migrate.it.parity.derived.CourseReview.class,
            dev.optionsdeep.migrate.it.parity.derived.CourseNote.class,
            dev.optionsdeep.migrate.it.parity.derived.Badge.class);

    /** The entities of the constructs model: sequences in named schemas, keyword names (quoted). */
    static final List<Class<?>> CONSTRUCTS = List.of(
            dev.optionsdeep.migrate.it.parity.constructs.KeywordOrder.class,
            dev.optionsdeep.migrate.it.parity.constructs.Journal.class,
            dev.optionsdeep.migrate.it.parity.constructs.JournalEntry.class,
            dev.optionsdeep.migrate.it.parity.constructs.Playlist.class,
            dev.optionsdeep.migrate.it.parity.constructs.Remark.class);

    /** The entities of the maps model (also checked under snake_case naming). */
    static final List<Class<?>> MAPS = List.of(
            dev.optionsdeep.migrate.it.parity.maps.Article.class,
            dev.optionsdeep.migrate.it.parity.maps.ArticleTranslation.class,
            dev.optionsdeep.migrate.it.parity.maps.ArticleImage.class,
            dev.optionsdeep.migrate.it.parity.maps.Region.class,
            dev.optionsdeep.migrate.it.parity.maps.Vendor.class,
            dev.optionsdeep.migrate.it.parity.maps.Depot.class);

    @AfterEach
    void dropDatabases() throws SQLException {
        parity.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void ourMigrationsBuildTheSchemaHibernateExpects(String database, List<Class<?>> entities) throws Exception {
        parity.assertParity(database, snapshot(database), entities, Map.of());
    }

    /**
     * Every construct in one schema: all the models above in one database, against Hibernate's export
     * of all their entities at once. Their tables and sequences have distinct names, so the union of
     * their snapshots is the model of that database.
     */
    @org.junit.jupiter.api.Test
    void allModelsTogetherInOneDatabase() throws Exception {
        List<Arguments> all = models().toList();
        parity.assertParity("parity_all", allTogether(ParityIT::snapshot, all), allEntities(all), Map.of());
    }

    /** The snapshot of one model's database, as one compilation of the models wrote it. */
    interface Snapshots {
        Snapshot of(String database) throws IOException;
    }

    /**
     * Every model in one database: their tables and sequences have distinct names, so the union of their
     * snapshots is the model of that database.
     */
    static Snapshot allTogether(Snapshots snapshots, List<Arguments> models) throws IOException {
        List<dev.optionsdeep.migrate.schema.Table> tables = new java.util.ArrayList<>();
        List<dev.optionsdeep.migrate.schema.Sequence> sequences = new java.util.ArrayList<>();
        for (Arguments model : models) {
            dev.optionsdeep.migrate.schema.Schema schema = snapshots.of((String) model.get()[0]).schema();
            tables.addAll(schema.tables());
            sequences.addAll(schema.sequences());
        }
        return new Snapshot("parity_all", new dev.optionsdeep.migrate.schema.Schema(tables, sequences));
    }

    /** The entities of the models, in their order. */
    static List<Class<?>> allEntities(List<Arguments> models) {
        List<Class<?>> entities = new java.util.ArrayList<>();
        for (Arguments model : models) {
            @SuppressWarnings("unchecked")
            List<Class<?>> classes = (List<Class<?>>) model.get()[1];
            entities.addAll(classes);
        }
        return entities;
    }

    static Snapshot snapshotOf(String database) throws IOException {
        return snapshot(database);
    }

    private static Snapshot snapshot(String database) throws IOException {
        String path = "META-INF/migrate/" + database + SnapshotCodec.FILE_SUFFIX;
        try (InputStream in = ParityIT.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path + " was not written by the annotation processor for the parity models");
            return SnapshotCodec.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), path);
        }
    }
}
