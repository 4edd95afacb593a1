"""NAV Online Számla 3.0, the protocol (pure: no clock, no network, no environment; checked by
``tests/unit/test_layers.py``): ``spec`` names and limits, ``signing`` the hashes and the request
signature, ``requests`` the request values and XML, ``responses`` the answers read into values."""
