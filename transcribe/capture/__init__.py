"""Audio in from a microphone: devices, the recorder, levels and input warnings, the sink contract, a take in a study."""
