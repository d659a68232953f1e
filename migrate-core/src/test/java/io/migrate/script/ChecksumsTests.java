package io.migrate.script;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksumsTests {

	private static final String TEXT = "-- Revision: a1\n\n-- migrate:upgrade\nSELECT 1;\n";

	@Test
	void isTaggedSha256OfTheText() {
		// sha256 of "abc"
		assertThat(Checksums.sha256Lf("abc"))
			.isEqualTo("sha256-lf:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void aCrlfCopyHasTheSameChecksum() {
		assertThat(Checksums.sha256Lf(TEXT.replace("\n", "\r\n"))).isEqualTo(Checksums.sha256Lf(TEXT));
	}

	@Test
	void aCrCopyHasTheSameChecksum() {
		assertThat(Checksums.sha256Lf(TEXT.replace("\n", "\r"))).isEqualTo(Checksums.sha256Lf(TEXT));
	}

	@Test
	void aLeadingByteOrderMarkDoesNotChangeTheChecksum() {
		assertThat(Checksums.sha256Lf("\uFEFF" + TEXT.replace("\n", "\r\n"))).isEqualTo(Checksums.sha256Lf(TEXT));
	}

	@Test
	void anyOtherChangeChangesTheChecksum() {
		assertThat(Checksums.sha256Lf(TEXT.replace("SELECT 1", "SELECT 2"))).isNotEqualTo(Checksums.sha256Lf(TEXT));
	}

}
