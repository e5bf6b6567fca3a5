package org.tracebackgraph.model;

/**
 * STIR/SHAKEN attestation of a call as signed or seen by a provider.
 */
public enum Attestation {

	/** Full: the signer knows the customer and their right to the caller ID. */
	A,
	/** Partial: the signer knows the customer, not their right to the caller ID. */
	B,
	/** Gateway: the signer only knows where it received the call from. */
	C,
	/** The call carried no STIR/SHAKEN signature. */
	UNSIGNED

}
