package dev.steward;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The design's boundaries, checked: domain code never touches a chat SDK or an adapter. */
class ArchitectureTest {

	private static final String[] DOMAIN = { "dev.steward.standup..", "dev.steward.impediment..",
			"dev.steward.escalation..", "dev.steward.sprint..", "dev.steward.digest..", "dev.steward.command..",
			"dev.steward.team..", "dev.steward.delivery..", "dev.steward.scheduling..", "dev.steward.storage..",
			"dev.steward.outbound..", "dev.steward.i18n.." };

	/** Imported once for all the rules: the import is the slow part. */
	private static final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.steward");

	@Test
	void domainPackagesDoNotImportAChatSdk() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("com.slack..", "com.microsoft.bot..")
			.check(classes);
	}

	@Test
	void domainPackagesDoNotDependOnPlatformAdapters() {
		noClasses().that()
			.resideInAnyPackage(DOMAIN)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.steward.chat.slack..", "dev.steward.chat.teams..", "dev.steward.chat.sandbox..")
			.check(classes);
	}

	@Test
	void theChatPortDoesNotDependOnItsAdaptersOrOnFeatures() {
		noClasses().that()
			.resideInAPackage("dev.steward.chat")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.steward.chat.slack..", "dev.steward.chat.sandbox..", "dev.steward.standup..",
					"dev.steward.impediment..")
			.check(classes);
	}

	@Test
	void stewardsWordsDependOnNoFeature() {
		noClasses().that()
			.resideInAPackage("dev.steward.i18n")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("dev.steward.chat..", "dev.steward.command..", "dev.steward.team..",
					"dev.steward.standup..", "dev.steward.impediment..", "dev.steward.escalation..",
					"dev.steward.sprint..", "dev.steward.digest..", "dev.steward.dashboard..")
			.check(classes);
	}

}
