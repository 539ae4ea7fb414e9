"""The bundled sample share and ledger, and the generator that makes them."""
