"""Small reusable widgets: level meter, rolling waveform, icons."""
