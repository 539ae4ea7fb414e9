from benchmarks.corpus2.build import main

main()
